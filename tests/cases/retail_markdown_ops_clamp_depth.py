# case: markdown planner computes sell-through and markdown depth with tensor ops and clamps it to a config maximum -> static graph, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MarkdownConfig:
    def __init__(self, max_markdown=0.5, slope=0.1):
        self.max_markdown = max_markdown
        self.slope = slope


class MarkdownPlanner(nn.Cell):
    def __init__(self, cfg=None):
        super().__init__()
        cfg = cfg if cfg is not None else MarkdownConfig()
        self.max_markdown = cfg.max_markdown
        self.slope = cfg.slope

    def construct(self, units_sold, units_received, price):
        sell_through = units_sold.sum(axis=-1, keepdims=True) / units_received.sum(axis=-1, keepdims=True)
        depth = -self.slope * ops.log(sell_through + 1e-3)
        depth = ops.clamp(depth, 0.0, self.max_markdown)
        return price * (1.0 - depth)


def make():
    np.random.seed(20)
    sold = Tensor(np.random.randint(5, 30, size=(3, 7)).astype(np.float32))
    received = Tensor(np.random.randint(40, 60, size=(3, 7)).astype(np.float32))
    price = Tensor(np.random.uniform(10, 40, size=(3, 7)).astype(np.float32))
    return MarkdownPlanner(MarkdownConfig(max_markdown=0.4)), (sold, received, price)
