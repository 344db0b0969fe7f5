# case: label-smoothed seq2seq loss that keeps only non-ignored target positions with ops.masked_select before averaging -> masked_select output length depends on data, dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

IGNORE_INDEX = -100


class LossConfig:
    def __init__(self, vocab_size=32, label_smoothing=0.1, ignore_index=IGNORE_INDEX):
        self.vocab_size = vocab_size
        self.label_smoothing = label_smoothing
        self.ignore_index = ignore_index


class LabelSmoothedCrossEntropy(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.eps = config.label_smoothing
        self.ignore_index = config.ignore_index
        self.log_softmax = nn.LogSoftmax(axis=-1)

    def construct(self, logits, labels):
        lprobs = self.log_softmax(logits)
        pad_mask = labels == self.ignore_index
        safe_labels = ops.where(pad_mask, ops.zeros_like(labels), labels)
        nll = -ops.gather_elements(lprobs, -1, safe_labels.expand_dims(-1)).squeeze(-1)
        smooth = -lprobs.mean(axis=-1)
        loss = (1.0 - self.eps) * nll + self.eps * smooth
        valid = ops.masked_select(loss, ops.logical_not(pad_mask))
        return valid.mean()


def make():
    np.random.seed(3377)
    cfg = LossConfig()
    logits = Tensor(np.random.randn(2, 6, cfg.vocab_size).astype(np.float32))
    labels = np.random.randint(0, cfg.vocab_size, size=(2, 6)).astype(np.int32)
    labels[0, 4:] = IGNORE_INDEX
    labels[1, 5:] = IGNORE_INDEX
    return LabelSmoothedCrossEntropy(cfg), (logits, Tensor(labels))
