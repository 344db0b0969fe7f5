# case: simulate stamper pressing cycles until accumulated wear crosses the retirement limit, appending each cycle's groove loss to a list -> while on tensor value growing a list, expect error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StamperLifeSim(nn.Cell):
    def __init__(self, retire_at=5.0):
        super().__init__()
        self.retire_at = retire_at

    def construct(self, wear_per_press, start_wear):
        wear = start_wear
        losses = []
        while wear < self.retire_at:
            loss = wear_per_press * (1.0 + 0.05 * wear)
            wear = wear + loss.sum()
            losses.append(loss)
        return ops.stack(losses), wear


def make():
    np.random.seed(12)
    wpp = (np.random.rand(6) * 0.2).astype(np.float32)
    return StamperLifeSim(), (Tensor(wpp), Tensor(0.0, ms.float32))
