# case: recognizer with a verbose flag defaulting to True that prints an f-string with the batch's mean confidence tensor inside construct -> may compile (print of tensor) or be rejected (f-string on tensor)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RecInferConfig:
    def __init__(self, hidden=32, num_classes=37, verbose=True, drop_score=0.5):
        self.hidden = hidden
        self.num_classes = num_classes
        self.verbose = verbose
        self.drop_score = drop_score


class LoggingMixin:
    def _log(self, tag, value):
        if getattr(self, "verbose", False):
            print(f"[{tag}] mean confidence = {value}")


class CTCInferHead(nn.Cell, LoggingMixin):
    def __init__(self, config):
        super().__init__()
        self.verbose = config.verbose
        self.drop_score = config.drop_score
        self.fc = nn.Dense(config.hidden, config.num_classes)

    def construct(self, seq):
        probs = ops.softmax(self.fc(seq), axis=-1)
        conf = probs.max(axis=-1).mean(axis=-1)
        self._log("ctc", conf.mean())
        keep = (conf > self.drop_score).astype(ms.float32)
        return probs, conf * keep


def make():
    np.random.seed(36)
    seq = Tensor(np.random.randn(2, 20, 32).astype(np.float32))
    return CTCInferHead(RecInferConfig()), (seq,)
