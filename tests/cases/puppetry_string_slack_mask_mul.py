# case: penalise slack marionette strings by multiplying with a float mask instead of selecting -> static shapes, fine in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SlackPenalty(nn.Cell):
    def __init__(self, slack_threshold=0.15, n_strings=9):
        super().__init__()
        self.slack_threshold = slack_threshold
        self.scale = ms.Parameter(Tensor(np.ones(n_strings, np.float32)), name="load_cell_scale")

    def construct(self, raw_tension):
        tension = raw_tension * self.scale
        slack = (tension < self.slack_threshold).astype(tension.dtype)
        deficit = (self.slack_threshold - tension) * slack
        n_slack = slack.sum() + 1e-6
        return deficit.sum() / n_slack, tension.mean(axis=0)


def make():
    np.random.seed(14)
    raw = np.abs(np.random.randn(32, 9).astype(np.float32)) * 0.4
    return SlackPenalty(), (Tensor(raw),)
