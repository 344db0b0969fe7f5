# case: expands one child per legal move with a while loop bounded by the num_legal tensor, appending child priors to a list -> tensor-bounded loop that grows a list is dynamic or an error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ChildExpander(nn.Cell):
    def __init__(self, prior_temperature=1.0):
        super().__init__()
        self.prior_temperature = prior_temperature

    def child_prior(self, logit):
        return ops.exp(logit / self.prior_temperature)

    def construct(self, sorted_logits, num_legal):
        children = []
        i = 0
        while i < num_legal:
            children.append(self.child_prior(sorted_logits[i]))
            i += 1
        priors = ops.stack(children)
        return priors / priors.sum()


def make():
    np.random.seed(14)
    logits = np.sort(np.random.randn(10).astype(np.float32))[::-1].copy()
    return ChildExpander(), (Tensor(logits), Tensor(6, ms.int32))
