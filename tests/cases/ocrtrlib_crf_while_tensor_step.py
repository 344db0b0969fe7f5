# case: greedy CRF decoding walks a while loop until a tensor step counter reaches the sequence length, appending the chosen tag each step and stacking the list -> while on tensor value growing a list
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class TaggerConfig:
    def __init__(self, num_labels=7, hidden_size=24, greedy=True):
        self.num_labels = num_labels
        self.hidden_size = hidden_size
        self.greedy = greedy


class GreedyCRFTagger(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.emit = nn.Dense(config.hidden_size, config.num_labels)
        n = config.num_labels
        self.transitions = Parameter(Tensor(np.random.randn(n, n).astype(np.float32)), name="trans")
        self.greedy = config.greedy

    def construct(self, hidden, length):
        emissions = self.emit(hidden)[0]          # (seq, labels)
        prev = emissions[0].argmax()
        tags = [prev]
        t = Tensor(1, ms.int32)
        while t < length:
            step = emissions[t] + self.transitions[prev]
            prev = step.argmax()
            tags.append(prev)
            t = t + 1
        return ops.stack(tags)


def make():
    np.random.seed(9)
    hidden = Tensor(np.random.randn(1, 12, 24).astype(np.float32))
    return GreedyCRFTagger(TaggerConfig()), (hidden, Tensor(9, ms.int32))
