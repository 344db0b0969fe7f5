# case: the subclass hands its config up with super().__init__(config); its one build passes a config with the debug flag on (the class default is off) -> the host copy under the flag is compiled: LAX dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClsConfig:
    def __init__(self, debug=False, hidden=8):
        self.debug = debug
        self.hidden = hidden


class ClassifierBase(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.debug = config.debug

    def _maybe_dump(self, logits):
        if self.debug:
            peak = Tensor(logits.asnumpy().max())
            logits = logits / peak
        return logits


class Classifier(ClassifierBase):
    def __init__(self, config):
        super().__init__(config)
        self.head = nn.Dense(config.hidden, 3)

    def construct(self, x):
        return self._maybe_dump(self.head(x))


def make():
    np.random.seed(8)
    return Classifier(ClsConfig(debug=True)), (Tensor(np.random.randn(4, 8).astype(np.float32)),)
