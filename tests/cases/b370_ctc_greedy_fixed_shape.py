# case: CTC greedy decoder marks kept frames (not blank, not a repeat of the previous frame) and returns labels padded with -1 plus per-sample counts -> repeat-collapse done with shifted comparisons and masks, expect Graph mode to compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

PAD_LABEL = -1


class GreedyConfig:
    blank_id = 0
    hidden_size = 16
    vocab_size = 10


class GreedyCTCDecoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.classifier = nn.Dense(config.hidden_size, config.vocab_size)
        self.blank_id = getattr(config, "blank_id", 0)

    def _keep_mask(self, best, frame_mask):
        prev = ops.concat((ops.full_like(best[:, :1], -1), best[:, :-1]), axis=1)
        return (best != prev) & (best != self.blank_id) & frame_mask

    def construct(self, hidden, lengths):
        best = self.classifier(hidden).argmax(axis=-1).astype(ms.int32)
        steps = ops.arange(best.shape[1], dtype=ms.int32)
        frame_mask = steps.expand_dims(0) < lengths.expand_dims(1)
        keep = self._keep_mask(best, frame_mask)
        labels = ops.where(keep, best, ops.full_like(best, PAD_LABEL))
        return labels, keep.astype(ms.int32).sum(axis=1)


def make():
    np.random.seed(3728)
    hidden = Tensor(np.random.randn(3, 18, 16).astype(np.float32))
    lengths = Tensor(np.array([18, 10, 15], dtype=np.int32))
    return GreedyCTCDecoder(GreedyConfig()), (hidden, lengths)
