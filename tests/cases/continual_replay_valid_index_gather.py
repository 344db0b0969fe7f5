# case: replay sampler gathers only slots whose validity flag is set, indices come from masked_select over arange -> dynamic shape at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class SlotReplay(nn.Cell):
    def __init__(self, capacity=10, dim=4):
        super().__init__()
        rng = np.random.RandomState(5)
        self.capacity = capacity
        self.slots = Parameter(Tensor(rng.randn(capacity, dim).astype(np.float32)), name="slots",
                               requires_grad=False)
        valid = np.zeros(capacity, dtype=np.bool_)
        valid[:6] = True
        self.valid = Parameter(Tensor(valid), name="valid", requires_grad=False)
        self.encoder = nn.Dense(dim, dim)

    def valid_indices(self):
        all_idx = ops.arange(self.capacity, dtype=ms.int32)
        return ops.masked_select(all_idx, self.valid)

    def construct(self, x):
        idx = self.valid_indices()
        replay = ops.gather(self.slots, idx, 0)
        batch = ops.concat((x, replay), axis=0)
        return self.encoder(batch).mean(axis=0)


def make():
    np.random.seed(0)
    x = Tensor(np.random.randn(3, 4).astype(np.float32))
    return SlotReplay(), (x,)
