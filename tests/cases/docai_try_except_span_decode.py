# case: cell span decoder wraps argmax decoding in try/except with a fallback of single spans -> error (try statement unsupported in graph mode)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CellSpanDecoder(nn.Cell):
    def __init__(self, max_span=4):
        super().__init__()
        self.max_span = max_span

    def construct(self, row_span_logits, col_span_logits):
        try:
            row_span = row_span_logits.argmax(axis=-1) + 1
            col_span = col_span_logits.argmax(axis=-1) + 1
        except ValueError:
            row_span = ops.ones(row_span_logits.shape[:-1], ms.int32)
            col_span = ops.ones(col_span_logits.shape[:-1], ms.int32)
        return ops.clamp(row_span * col_span, 1, self.max_span * self.max_span)


def make():
    np.random.seed(15)
    rs = Tensor(np.random.randn(8, 4).astype(np.float32))
    cs = Tensor(np.random.randn(8, 4).astype(np.float32))
    return CellSpanDecoder(), (rs, cs)
