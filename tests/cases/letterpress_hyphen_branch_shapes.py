# case: if the line overflows the measure, push the last word to the next line, otherwise keep all slots -> tensor-valued if whose branches give different shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HyphenationStep(nn.Cell):
    def __init__(self, hyphen_width=3.0):
        super().__init__()
        self.hyphen_width = hyphen_width

    def construct(self, word_widths, measure):
        total = word_widths.sum()
        if total > measure:
            # push the last word to the next line and leave room for the hyphen
            kept = word_widths[:-1] - self.hyphen_width / (word_widths.shape[0] - 1)
        else:
            kept = word_widths
        return kept


def make():
    np.random.seed(81)
    words = np.random.uniform(10.0, 30.0, size=(8,)).astype(np.float32)
    return HyphenationStep(), (Tensor(words), Tensor(np.float32(150.0)))
