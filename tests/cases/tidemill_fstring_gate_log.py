# case: print an operator log line with an f-string that formats the current basin level tensor inside construct -> f-string over a tensor in construct, Graph mode may reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GateController(nn.Cell):
    def __init__(self, open_head=0.9, close_head=0.2):
        super().__init__()
        self.open_head = open_head
        self.close_head = close_head

    def construct(self, basin_level, sea_level):
        head = basin_level - sea_level
        open_cmd = (head > self.open_head).astype(ms.float32)
        close_cmd = (head < self.close_head).astype(ms.float32)
        level_now = basin_level[-1]
        print(f"basin level now {level_now} m, open steps {open_cmd.sum()}")
        return open_cmd - close_cmd


def make():
    np.random.seed(3303)
    t = np.linspace(0, 2 * np.pi, 40)
    sea = 1.8 * np.sin(t)
    basin = np.full(40, 1.2) + np.random.randn(40) * 0.03
    return GateController(), (Tensor(basin.astype(np.float32)), Tensor(sea.astype(np.float32)))
