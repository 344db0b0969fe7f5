# case: average OCR confidence over tokens assigned to one text line using masked_select -> dynamic shape (masked_select output length depends on data)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LineConfidence(nn.Cell):
    def __init__(self, min_conf=0.05):
        super().__init__()
        self.min_conf = min_conf

    def construct(self, token_conf, token_line_ids, line_id):
        in_line = ops.equal(token_line_ids, line_id)
        conf = ops.masked_select(token_conf, in_line)
        conf = ops.clamp(conf, self.min_conf, 1.0)
        return conf.mean(), conf.min()


def make():
    np.random.seed(2)
    conf = Tensor(np.random.rand(20).astype(np.float32))
    line_ids = Tensor(np.repeat(np.arange(5), 4).astype(np.int32))
    return LineConfidence(), (conf, line_ids, Tensor(2, ms.int32))
