"""The network lab: /xor, /train and /predict as one service (`service.Lab`) both front ends
deliver; the bot's gate recipe (`gates`), parsing (`spec`), runs (`training`), worker
processes (`pool`) and pictures (`plot`). Uses `nn`; `nn` knows nothing of it."""
