# case: CTC greedy decoding head collapses repeated frame labels with ops.unique_consecutive and strips blanks by mask indexing -> outputs with data-dependent length, expect dynamic shape or refusal in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

BLANK_ID = 0


class CTCHeadConfig:
    def __init__(self, hidden_size=24, vocab_size=12, blank_id=BLANK_ID, decode_in_forward=True):
        self.hidden_size = hidden_size
        self.vocab_size = vocab_size
        self.blank_id = blank_id
        self.decode_in_forward = decode_in_forward


class CTCHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.classifier = nn.Dense(config.hidden_size, config.vocab_size)
        self.blank_id = config.blank_id
        self.decode_in_forward = config.decode_in_forward

    def greedy_decode(self, log_probs):
        best = log_probs[0].argmax(axis=-1)
        collapsed = ops.unique_consecutive(best)
        return collapsed[collapsed != self.blank_id]

    def construct(self, hidden):
        log_probs = ops.log_softmax(self.classifier(hidden), axis=-1)
        if self.decode_in_forward:
            return log_probs, self.greedy_decode(log_probs)
        return (log_probs,)


def make():
    np.random.seed(3705)
    hidden = Tensor(np.random.randn(1, 40, 24).astype(np.float32))
    return CTCHead(CTCHeadConfig()), (hidden,)
