# case: justify every line of a galley in closed form by spreading the leftover measure over the real gaps of each line (word count masked) -> vectorised arithmetic with masks, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GalleyJustifier(nn.Cell):
    def __init__(self, max_words=10, min_space=1.0):
        super().__init__()
        self.max_words = max_words
        self.min_space = min_space
        self.slots = Tensor(np.arange(max_words, dtype=np.int32))

    def construct(self, word_widths, word_counts, measure):
        present = (self.slots.reshape(1, -1) < word_counts.reshape(-1, 1)).astype(ms.float32)
        set_width = (word_widths * present).sum(axis=1)
        gaps = ops.maximum(word_counts.astype(ms.float32) - 1.0, 1.0)
        space = (measure - set_width) / gaps
        space = ops.clamp(space, min=self.min_space)
        ragged = (space <= self.min_space).astype(ms.int32)
        return space, ragged


def make():
    np.random.seed(73)
    widths = np.random.uniform(8.0, 30.0, size=(16, 10)).astype(np.float32)
    counts = np.random.randint(3, 11, size=(16,)).astype(np.int32)
    return GalleyJustifier(), (Tensor(widths), Tensor(counts), Tensor(np.float32(220.0)))
