# case: template scorer returns the top-k templates with k from a config object read at construction, inapplicable templates pushed down with a penalty -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RankerConfig:
    fp_dim = 32
    hidden = 24
    n_templates = 20
    top_k = 5
    penalty = 1e4


class TemplateRanker(nn.Cell):
    def __init__(self, cfg=RankerConfig()):
        super().__init__()
        self.mlp = nn.SequentialCell(nn.Dense(cfg.fp_dim, cfg.hidden), nn.ReLU(),
                                     nn.Dense(cfg.hidden, cfg.n_templates))
        self.top_k = cfg.top_k
        self.penalty = cfg.penalty

    def construct(self, product_fp, applicable):
        logits = self.mlp(product_fp).squeeze(0)
        logits = logits + (applicable - 1.0) * self.penalty
        scores, idx = ops.topk(logits, self.top_k)
        return ops.softmax(scores, axis=0), idx


def make():
    np.random.seed(11)
    fp = Tensor((np.random.rand(1, 32) > 0.7).astype(np.float32))
    applicable = Tensor((np.random.rand(20) > 0.5).astype(np.float32))
    return TemplateRanker(), (fp, applicable)
