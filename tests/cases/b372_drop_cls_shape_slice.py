# case: drop the CLS and final SEP positions from span logits with bounds taken from int(x.shape[1]) -> looks like int() on data but only touches a static shape; Graph mode should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpanHeadConfig:
    hidden_size = 20
    num_special_prefix = 1
    num_special_suffix = 1


class ContextSpanHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.qa = nn.Dense(config.hidden_size, 2)
        self.prefix = config.num_special_prefix
        self.suffix = config.num_special_suffix

    def _strip_special(self, logits):
        seq_len = int(logits.shape[1])
        stop = seq_len - self.suffix
        return logits[:, self.prefix:stop]

    def construct(self, sequence_output):
        logits = self.qa(sequence_output)
        start_logits = self._strip_special(logits[..., 0])
        end_logits = self._strip_special(logits[..., 1])
        return ops.log_softmax(start_logits, -1), ops.log_softmax(end_logits, -1)


def make():
    np.random.seed(3746)
    seq = Tensor(np.random.randn(3, 14, 20).astype(np.float32))
    return ContextSpanHead(SpanHeadConfig()), (seq,)
