# case: robust scaler for forecasting inputs computing median and IQR with np.percentile on asnumpy() inside construct when config.scaler == "robust" -> NumPy on tensors in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

SCALERS = ("mean", "std", "robust")


class ScalerConfig:
    def __init__(self, scaler="robust", eps=1e-5):
        assert scaler in SCALERS
        self.scaler = scaler
        self.eps = eps


def _iqr_stats(x):
    arr = x.asnumpy()
    med = np.percentile(arr, 50, axis=1, keepdims=True)
    iqr = np.percentile(arr, 75, axis=1, keepdims=True) - np.percentile(arr, 25, axis=1, keepdims=True)
    return Tensor(med.astype(np.float32)), Tensor(iqr.astype(np.float32))


class InputScaler(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.scaler = config.scaler
        self.eps = config.eps

    def construct(self, x):
        if self.scaler == "robust":
            loc, scale = _iqr_stats(x)
        elif self.scaler == "std":
            loc = x.mean(axis=1, keep_dims=True)
            scale = x.std(axis=1, keepdims=True)
        else:
            loc = ops.zeros_like(x[:, :1, :])
            scale = ops.abs(x).mean(axis=1, keep_dims=True)
        return (x - loc) / (scale + self.eps), loc, scale


def make():
    np.random.seed(3450)
    x = Tensor(np.random.randn(4, 32, 3).astype(np.float32))
    return InputScaler(ScalerConfig()), (x,)
