# case: contrastive retriever with a learnable log-temperature Parameter enabled by a constructor flag, clamped and exponentiated in construct -> static
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class ContrastiveScorer(nn.Cell):
    def __init__(self, init_temperature=0.07, learn_temperature=True, max_scale=100.0):
        super().__init__()
        self.learn_temperature = learn_temperature
        self.max_log_scale = math.log(max_scale)
        self.fixed_scale = 1.0 / init_temperature
        self.log_scale = Parameter(Tensor(math.log(1.0 / init_temperature), ms.float32),
                                   name="log_scale", requires_grad=learn_temperature)
        self.loss = nn.CrossEntropyLoss()

    def logit_scale(self):
        if self.learn_temperature:
            return ops.exp(ops.clamp(self.log_scale, 0.0, self.max_log_scale))
        return self.fixed_scale

    def construct(self, q, d):
        q = q / ops.norm(q, dim=-1, keepdim=True)
        d = d / ops.norm(d, dim=-1, keepdim=True)
        logits = self.logit_scale() * ops.matmul(q, d.T)
        target = ops.arange(logits.shape[0]).astype(ms.int32)
        return self.loss(logits, target)


def make():
    np.random.seed(35)
    q = Tensor(np.random.randn(5, 8).astype(np.float32))
    d = Tensor(np.random.randn(5, 8).astype(np.float32))
    return ContrastiveScorer(), (q, d)
