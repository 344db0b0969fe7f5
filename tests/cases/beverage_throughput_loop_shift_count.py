# case: sum per-hour throughput features for however many hours the shift has run so far, the hour count coming from the MES as a tensor -> loop count from data, list grown in the loop
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ShiftThroughputEncoder(nn.Cell):
    def __init__(self, n_feat=4, hidden=8):
        super().__init__()
        self.hour_enc = nn.Dense(n_feat, hidden)
        self.out = nn.Dense(hidden, 1)

    def construct(self, hourly, hours_run):
        encoded = []
        for h in range(int(hours_run)):
            encoded.append(ops.relu(self.hour_enc(hourly[h])))
        stacked = ops.stack(encoded)
        return self.out(stacked.mean(axis=0))


def make():
    np.random.seed(161)
    hourly = np.random.rand(8, 4).astype(np.float32)
    return ShiftThroughputEncoder(), (Tensor(hourly), Tensor(5, ms.int32))
