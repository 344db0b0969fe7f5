# case: markdown planner converts a tensor sell-through rate to a Python float and uses math.log to pick a markdown depth -> float() and math on tensor values in construct, host round trip in Graph mode
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MarkdownPlanner(nn.Cell):
    def __init__(self, max_markdown=0.5):
        super().__init__()
        self.max_markdown = max_markdown

    def construct(self, units_sold, units_received, price):
        sell_through = float(units_sold.sum() / units_received.sum())
        depth = min(self.max_markdown, -0.1 * math.log(sell_through + 1e-3))
        return price * (1.0 - depth)


def make():
    np.random.seed(19)
    sold = Tensor(np.random.randint(5, 30, size=(7,)).astype(np.float32))
    received = Tensor(np.random.randint(40, 60, size=(7,)).astype(np.float32))
    price = Tensor(np.random.uniform(10, 40, size=(7,)).astype(np.float32))
    return MarkdownPlanner(), (sold, received, price)
