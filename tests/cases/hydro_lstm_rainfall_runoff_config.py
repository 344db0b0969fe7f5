# case: LSTM rainfall-runoff model configured from a dict of hyperparameters, predicting discharge from the last hidden state -> standard static network
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

CONFIG = {"n_forcings": 4, "hidden": 16, "layers": 1, "dropout": 0.0, "predict_last": True}


class LSTMRunoff(nn.Cell):
    """Kratzert-style LSTM: meteorological forcings -> discharge."""

    def __init__(self, cfg=CONFIG):
        super().__init__()
        self.predict_last = cfg["predict_last"]
        self.lstm = nn.LSTM(cfg["n_forcings"], cfg["hidden"], num_layers=cfg["layers"],
                            batch_first=True, dropout=cfg["dropout"])
        self.head = nn.Dense(cfg["hidden"], 1)

    def construct(self, forcings):
        # forcings: (basins, days, n_forcings)
        out, _ = self.lstm(forcings)
        if self.predict_last:
            out = out[:, -1, :]
        q = self.head(out)
        return ops.relu(q).squeeze(-1)


def make():
    np.random.seed(37)
    x = np.random.normal(0.0, 1.0, size=(3, 30, 4)).astype(np.float32)
    return LSTMRunoff(), (Tensor(x),)
