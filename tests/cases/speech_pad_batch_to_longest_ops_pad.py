# case: collate-in-graph pads each utterance to the longest length with ops.pad amounts computed from the lengths tensor -> dynamic shape at line 18
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class UtteranceCollator(nn.Cell):
    def __init__(self, pad_value=0.0, multiple_of=4):
        super().__init__()
        self.pad_value = pad_value
        self.multiple_of = multiple_of

    def target_length(self, lengths):
        longest = lengths.max()
        return ((longest + self.multiple_of - 1) // self.multiple_of) * self.multiple_of

    def construct(self, utt_a, utt_b, lengths):
        target = int(self.target_length(lengths))
        a = ops.pad(utt_a, (0, target - utt_a.shape[-1]), value=self.pad_value)
        b = ops.pad(utt_b, (0, target - utt_b.shape[-1]), value=self.pad_value)
        return ops.stack([a, b])


def make():
    np.random.seed(20)
    a = Tensor(np.random.randn(5).astype(np.float32))
    b = Tensor(np.random.randn(7).astype(np.float32))
    return UtteranceCollator(), (a, b, Tensor(np.array([5, 7], np.int32)))
