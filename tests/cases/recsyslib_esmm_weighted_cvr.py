# case: ESMM multi-task towers weight the CVR loss by the click mask (multiplication, no selection) and return a tuple or an output class depending on return_dict=False -> static, Graph mode compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MultiTaskOutput:
    def __init__(self, loss, ctr, cvr):
        self.loss = loss
        self.ctr = ctr
        self.cvr = cvr


class MultiTaskConfig:
    hidden = 16
    tasks = ("ctr", "cvr")
    return_dict = False
    cvr_weight = 1.0


class ESMMWeighted(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.towers = nn.CellList([nn.Dense(config.hidden, 1) for _ in config.tasks])
        self.return_dict = config.return_dict
        self.cvr_weight = config.cvr_weight

    def construct(self, shared, click, conv, return_dict=None):
        return_dict = return_dict if return_dict is not None else self.return_dict
        ctr_logit = self.towers[0](shared).squeeze(-1)
        cvr_logit = self.towers[1](shared).squeeze(-1)
        ctr_loss = ops.binary_cross_entropy_with_logits(ctr_logit, click, ops.ones_like(click), ops.ones_like(click))
        per_item = ops.binary_cross_entropy_with_logits(cvr_logit, conv, click, ops.ones_like(click),
                                                       reduction="none")
        cvr_loss = per_item.sum() / ops.maximum(click.sum(), 1.0)
        loss = ctr_loss + self.cvr_weight * cvr_loss
        ctcvr = ops.sigmoid(ctr_logit) * ops.sigmoid(cvr_logit)
        if not return_dict:
            return (loss, ops.sigmoid(ctr_logit), ctcvr)
        return MultiTaskOutput(loss, ops.sigmoid(ctr_logit), ctcvr)


def make():
    np.random.seed(3908)
    shared = Tensor(np.random.randn(10, 16).astype(np.float32))
    click = Tensor(np.array([1, 0, 0, 1, 1, 0, 0, 0, 1, 0], np.float32))
    conv = Tensor(np.array([1, 0, 0, 0, 1, 0, 0, 0, 0, 0], np.float32))
    return ESMMWeighted(MultiTaskConfig()), (shared, click, conv)
