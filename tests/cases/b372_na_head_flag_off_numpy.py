# case: reader with an optional no-answer head whose NumPy-based threshold calibration sits behind use_na_head, which is off by default and never set -> unsupported code only in a branch of a constant False flag; Graph mode should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ReaderConfig:
    def __init__(self, hidden_size=24, use_na_head=False, na_threshold=0.0):
        self.hidden_size = hidden_size
        self.use_na_head = use_na_head
        self.na_threshold = na_threshold


class ReaderWithOptionalNA(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.qa = nn.Dense(config.hidden_size, 2)
        self.use_na_head = config.use_na_head
        self.na_threshold = config.na_threshold
        if self.use_na_head:
            self.na_head = nn.Dense(config.hidden_size, 1)

    def _calibrated_na(self, cls_hidden):
        raw = self.na_head(cls_hidden).asnumpy()
        return Tensor(np.clip(raw - self.na_threshold, -10, 10))

    def construct(self, sequence_output):
        logits = self.qa(sequence_output)
        start_logits, end_logits = logits[..., 0], logits[..., 1]
        if self.use_na_head:
            na = self._calibrated_na(sequence_output[:, 0])
            return start_logits, end_logits, na
        return start_logits, end_logits


def make():
    np.random.seed(3743)
    seq = Tensor(np.random.randn(2, 9, 24).astype(np.float32))
    return ReaderWithOptionalNA(ReaderConfig()), (seq,)
