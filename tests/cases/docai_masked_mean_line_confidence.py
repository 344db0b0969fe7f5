# case: average OCR confidence per text line with a masked sum over a fixed token axis divided by a clamped count -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PerLineConfidence(nn.Cell):
    def __init__(self, num_lines=5, min_conf=0.05):
        super().__init__()
        self.num_lines = num_lines
        self.min_conf = min_conf

    def construct(self, token_conf, token_line_ids):
        line_range = ops.arange(self.num_lines).astype(ms.int32)
        member = ops.equal(token_line_ids[None, :], line_range[:, None]).astype(ms.float32)
        conf = ops.clamp(token_conf, self.min_conf, 1.0)
        total = (member * conf[None, :]).sum(axis=1)
        count = ops.clamp(member.sum(axis=1), 1.0, None)
        return total / count


def make():
    np.random.seed(47)
    conf = Tensor(np.random.rand(20).astype(np.float32))
    line_ids = Tensor(np.repeat(np.arange(5), 4).astype(np.int32))
    return PerLineConfidence(), (conf, line_ids)
