# case: reader with a debug hook that dumps span logits through .asnumpy() and print, guarded by a debug flag that defaults to False and is never set -> unsupported code unreachable behind a constant flag; Graph mode should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DebugConfig:
    def __init__(self, hidden_size=16, debug=False, max_answer_length=6):
        self.hidden_size = hidden_size
        self.debug = debug
        self.max_answer_length = max_answer_length


class BaseReader(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.debug = getattr(config, "debug", False)

    def maybe_dump(self, name, tensor):
        if self.debug and isinstance(tensor, Tensor):
            arr = tensor.asnumpy()
            print(name, arr.shape, float(arr.max()))


class DebuggableReader(BaseReader):
    def __init__(self, config):
        super().__init__(config)
        self.qa = nn.Dense(config.hidden_size, 2)
        self.max_answer_length = config.max_answer_length

    def construct(self, hidden):
        logits = self.qa(hidden)
        start_logits, end_logits = logits[..., 0], logits[..., 1]
        self.maybe_dump("start_logits", start_logits)
        start = start_logits.argmax(axis=-1)
        end_limit = ops.minimum(start + self.max_answer_length - 1, hidden.shape[1] - 1)
        return start, end_limit, end_logits


def make():
    np.random.seed(3756)
    hidden = Tensor(np.random.randn(2, 10, 16).astype(np.float32))
    return DebuggableReader(DebugConfig()), (hidden,)
