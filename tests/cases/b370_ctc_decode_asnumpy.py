# case: CTC output layer post-processes the best path in construct through a helper that pulls labels to host with .asnumpy() and collapses them with NumPy -> host conversion inside construct, expect Graph mode to refuse
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DecoderConfig:
    def __init__(self, hidden_size=20, num_chars=16, blank=0, decode=True):
        self.hidden_size = hidden_size
        self.num_chars = num_chars
        self.blank = blank
        self.decode = decode


def collapse_best_path(best, blank):
    labels = best.asnumpy()
    keep = np.concatenate([[True], labels[1:] != labels[:-1]]) & (labels != blank)
    return Tensor(labels[keep])


class CTCOutputLayer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.proj = nn.Dense(config.hidden_size, config.num_chars)
        self.blank = config.blank
        self.decode = config.decode

    def construct(self, hidden):
        logits = self.proj(hidden)
        if self.decode:
            best = logits[0].argmax(axis=-1)
            return logits, collapse_best_path(best, self.blank)
        return logits


def make():
    np.random.seed(3711)
    hidden = Tensor(np.random.randn(1, 25, 20).astype(np.float32))
    return CTCOutputLayer(DecoderConfig()), (hidden,)
