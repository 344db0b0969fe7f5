# case: reorder telemetry axes into (channel, time) or keep (time, channel) using a permutation tensor sent by the logger, converted with tuple(asnumpy) -> transpose perm from data, Graph mode rejects
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TelemetryLayout(nn.Cell):
    def __init__(self):
        super().__init__()
        self.smooth = nn.Conv1d(5, 5, 3, pad_mode="same")

    def construct(self, tel, perm):
        perm_t = tuple(perm.asnumpy().tolist())
        x = ops.transpose(tel, perm_t)
        x = self.smooth(x.expand_dims(0)).squeeze(0)
        return x


def make():
    np.random.seed(3204)
    tel = np.random.randn(40, 5).astype(np.float32)
    return TelemetryLayout(), (Tensor(tel), Tensor(np.array([1, 0], dtype=np.int32)))
