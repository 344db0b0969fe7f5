# case: word-level token classification gathers the first sub-token of each OCR word using word-start indices that come from data but have a fixed count per page -> static graph (gather with data indices, static shape)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WordHeadConfig:
    def __init__(self, hidden_size=32, num_labels=5, pooling="first"):
        self.hidden_size = hidden_size
        self.num_labels = num_labels
        self.pooling = pooling


class WordLevelHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.classifier = nn.Dense(config.hidden_size, config.num_labels)
        self.pooling = config.pooling

    def _pool(self, seq, word_starts, word_mask):
        idx = word_starts.expand_dims(-1).broadcast_to((-1, -1, seq.shape[-1]))
        words = ops.gather_elements(seq, 1, idx)
        if self.pooling == "mean":
            words = (words + ops.gather_elements(seq, 1, ops.minimum(idx + 1, seq.shape[1] - 1))) / 2
        return words * word_mask.expand_dims(-1)

    def construct(self, sequence_output, word_starts, word_mask):
        words = self._pool(sequence_output, word_starts, word_mask)
        logits = self.classifier(words)
        preds = ops.select(word_mask > 0, logits.argmax(axis=-1), ops.full_like(word_starts, -1))
        return logits, preds


def make():
    np.random.seed(40)
    seq = Tensor(np.random.randn(2, 16, 32).astype(np.float32))
    starts = np.sort(np.random.choice(16, size=(2, 6), replace=True), axis=1).astype(np.int32)
    wmask = np.ones((2, 6), np.float32)
    wmask[1, 4:] = 0
    return WordLevelHead(WordHeadConfig()), (seq, Tensor(starts), Tensor(wmask))
