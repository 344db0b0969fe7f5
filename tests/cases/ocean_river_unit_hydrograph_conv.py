# case: river routing convolves effective rainfall with a fixed unit hydrograph via Conv1d and accumulates storage with cumsum -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class UnitHydrograph(nn.Cell):
    def __init__(self, uh=(0.1, 0.3, 0.35, 0.15, 0.1), loss_rate=0.5):
        super().__init__()
        k = len(uh)
        self.loss_rate = loss_rate
        self.conv = nn.Conv1d(1, 1, kernel_size=k, pad_mode="pad", padding=k - 1, has_bias=False,
                              weight_init=Tensor(np.array(uh, np.float32)[::-1].reshape(1, 1, k).copy()))
        self.k = k

    def construct(self, rain):
        eff = ops.relu(rain - self.loss_rate)
        q = self.conv(eff.expand_dims(1)).squeeze(1)
        q = q[:, : rain.shape[1]]
        storage = ops.cumsum(eff - q, axis=1)
        return q, storage


def make():
    np.random.seed(37)
    rain = Tensor(np.random.gamma(0.6, 3.0, (3, 30)).astype(np.float32))
    return UnitHydrograph(), (rain,)
