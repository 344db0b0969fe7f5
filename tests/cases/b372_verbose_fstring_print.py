# case: reader logs the predicted span for each batch with an f-string print when verbose (default on) -> f-string over tensors printed in construct; Graph mode may reject or fall back
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ReaderConfig:
    def __init__(self, hidden_size=16, verbose=True):
        self.hidden_size = hidden_size
        self.verbose = verbose


class VerboseSpanReader(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.qa = nn.Dense(config.hidden_size, 2)
        self.verbose = config.verbose

    def _log(self, start, end):
        if self.verbose:
            print(f"predicted span start={start} end={end}")

    def construct(self, hidden):
        logits = self.qa(hidden)
        start = ops.argmax(logits[..., 0], dim=-1)
        end = ops.argmax(logits[..., 1], dim=-1)
        self._log(start, end)
        return start, end


def make():
    np.random.seed(3736)
    hidden = Tensor(np.random.randn(2, 8, 16).astype(np.float32))
    return VerboseSpanReader(ReaderConfig()), (hidden,)
