# case: template scorer returns the top-k templates where k is read from a tensor of applicable-template count -> k from tensor value, dynamic/error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TemplateRanker(nn.Cell):
    def __init__(self, fp_dim=32, n_templates=20):
        super().__init__()
        self.mlp = nn.SequentialCell(nn.Dense(fp_dim, 24), nn.ReLU(), nn.Dense(24, n_templates))

    def construct(self, product_fp, applicable):
        logits = self.mlp(product_fp).squeeze(0)
        logits = logits + (applicable - 1.0) * 1e4
        k = applicable.sum().astype(ms.int32)
        scores, idx = ops.topk(logits, int(k))
        return ops.softmax(scores, axis=0), idx


def make():
    np.random.seed(10)
    fp = Tensor((np.random.rand(1, 32) > 0.7).astype(np.float32))
    applicable = Tensor((np.random.rand(20) > 0.5).astype(np.float32))
    return TemplateRanker(), (fp, applicable)
