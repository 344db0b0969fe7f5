# case: a dict comprehension over a helper's dict of losses, `{k: d[k] * w[k] for k in d}`: its keys are the dict's str keys (static)
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor


class Loss(nn.Cell):
    def __init__(self):
        super().__init__()
        self.weight_dict = {"loss_a": 1.0, "loss_b": 2.0}
        self.losses = ["a", "b"]

    def loss_a(self, x):
        return {"loss_a": x.sum()}

    def loss_b(self, x):
        return {"loss_b": x.mean(), "extra": x.max()}

    def get_loss(self, loss, x):
        loss_map = {"a": self.loss_a, "b": self.loss_b}
        return loss_map[loss](x)

    def construct(self, x):
        losses = {}
        for loss in self.losses:
            l_dict = self.get_loss(loss, x)
            l_dict = {k: l_dict[k] * self.weight_dict[k] for k in l_dict if k in self.weight_dict}
            losses.update(l_dict)
        return losses["loss_a"] + losses["loss_b"]


def make():
    return Loss(), (Tensor(np.ones((2, 3), np.float32)),)
