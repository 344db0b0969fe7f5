# case: collect tension readings of marionette strings that went slack with masked_select -> output size depends on data, dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SlackStringMonitor(nn.Cell):
    def __init__(self, slack_threshold=0.15, n_strings=9):
        super().__init__()
        self.slack_threshold = slack_threshold
        self.n_strings = n_strings
        self.scale = ms.Parameter(Tensor(np.ones(n_strings, np.float32)), name="load_cell_scale")

    def construct(self, raw_tension):
        tension = raw_tension * self.scale
        slack = tension < self.slack_threshold
        slack_vals = ops.masked_select(tension, slack)
        deficit = self.slack_threshold - slack_vals
        return deficit.sum(), tension.mean(axis=0)


def make():
    np.random.seed(13)
    raw = np.abs(np.random.randn(32, 9).astype(np.float32)) * 0.4
    return SlackStringMonitor(), (Tensor(raw),)
