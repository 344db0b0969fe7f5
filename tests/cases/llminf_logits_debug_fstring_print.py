# case: logits processor that prints an f-string with tensor statistics when debug is on (default) -> compile error at line 17
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TemperatureProcessor(nn.Cell):
    def __init__(self, temperature=0.8, debug=True):
        super().__init__()
        self.temperature = temperature
        self.debug = debug

    def construct(self, logits):
        scaled = logits / self.temperature
        if self.debug:
            top = scaled.max()
            print(f"max scaled logit={top.asnumpy():.3f} entropy_proxy={float(scaled.std()):.3f}")
        return scaled


class LogitsPipeline(nn.Cell):
    def __init__(self, hidden=8, vocab=16):
        super().__init__()
        self.head = nn.Dense(hidden, vocab)
        self.temp = TemperatureProcessor()

    def construct(self, h):
        return ops.log_softmax(self.temp(self.head(h)), axis=-1)


def make():
    np.random.seed(11)
    h = Tensor(np.random.randn(2, 8).astype(np.float32))
    return LogitsPipeline(), (h,)
