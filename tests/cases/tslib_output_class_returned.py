# case: the same forecaster configured with use_return_dict=True, construct builds and returns a plain Python output object -> Graph mode rejects a custom class instance as output
from dataclasses import dataclass
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@dataclass
class ForecastConfig:
    seq_len: int = 48
    pred_len: int = 12
    enc_in: int = 5
    d_model: int = 32
    use_return_dict: bool = True


class SeqToSeqForecastOutput:
    def __init__(self, loss=None, prediction=None, scale=None):
        self.loss = loss
        self.prediction = prediction
        self.scale = scale


class ScaledForecaster(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.return_dict = config.use_return_dict
        self.backbone = nn.SequentialCell([nn.Dense(config.seq_len, config.d_model), nn.GELU(),
                                           nn.Dense(config.d_model, config.pred_len)])

    def _scale(self, x):
        scale = ops.abs(x).mean(axis=1, keep_dims=True) + 1e-5
        return x / scale, scale

    def construct(self, past_values, future_values=None):
        x, scale = self._scale(past_values)
        pred = self.backbone(x.swapaxes(1, 2)).swapaxes(1, 2) * scale
        loss = None
        if future_values is not None:
            loss = ops.abs(pred - future_values).mean()
        if not self.return_dict:
            return (pred, scale) if loss is None else (loss, pred, scale)
        return SeqToSeqForecastOutput(loss=loss, prediction=pred, scale=scale)


def make():
    np.random.seed(3423)
    x = Tensor(np.random.randn(4, 48, 5).astype(np.float32))
    y = Tensor(np.random.randn(4, 12, 5).astype(np.float32))
    return ScaledForecaster(ForecastConfig()), (x, y)
