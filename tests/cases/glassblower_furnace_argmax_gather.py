# case: find the hottest burner per furnace hour with argmax and gather its fuel flow -> data-dependent index values but static shapes, should compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HottestBurnerFlow(nn.Cell):
    def __init__(self):
        super().__init__()
        self.argmax = ops.Argmax(axis=1)

    def construct(self, temps_c, flows_lpm):
        idx = self.argmax(temps_c)
        rows = ops.arange(0, temps_c.shape[0], dtype=ms.int32)
        pairs = ops.stack([rows, idx.astype(ms.int32)], axis=1)
        flow = ops.gather_nd(flows_lpm, pairs)
        return flow, flow.mean()


def make():
    np.random.seed(261)
    temps = np.random.uniform(1100.0, 1250.0, size=(12, 5)).astype(np.float32)
    flows = np.random.uniform(8.0, 20.0, size=(12, 5)).astype(np.float32)
    return HottestBurnerFlow(), (Tensor(temps), Tensor(flows))
