# case: utterance decision counts how often each keyword wins a frame via argmax + one_hot with num_labels from the config and picks the majority label -> constant depth, no data-dependent shape, Graph mode compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

NUM_LABELS = 12
FILLER_ID = 0


class MajorityVote(nn.Cell):
    def __init__(self, num_labels=NUM_LABELS, ignore_filler=True):
        super().__init__()
        self.num_labels = num_labels
        self.ignore_filler = ignore_filler
        self.on = Tensor(1.0, ms.float32)
        self.off = Tensor(0.0, ms.float32)

    def _histogram(self, labels):
        onehot = ops.one_hot(labels, self.num_labels, self.on, self.off)
        return onehot.sum(axis=1)

    def construct(self, posteriors):
        labels = ops.argmax(posteriors, dim=-1)
        hist = self._histogram(labels)
        if self.ignore_filler:
            hist[:, FILLER_ID] = 0.0
        winner = ops.argmax(hist, dim=-1)
        return winner, hist / posteriors.shape[1]


def make():
    np.random.seed(38337)
    post = np.random.rand(2, 49, NUM_LABELS).astype(np.float32)
    post[0, 5:30, 4] += 1.0
    return MajorityVote(), (Tensor(post),)
