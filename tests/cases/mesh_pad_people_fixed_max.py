# case: handle a variable number of people by padding to max_people and building the validity mask with arange < count -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PaddedPeopleShapeLoss(nn.Cell):
    def __init__(self, max_people=6, beta_weight=0.01):
        super().__init__()
        self.max_people = max_people
        self.beta_weight = beta_weight
        self.slots = Tensor(np.arange(max_people, dtype=np.int32))

    def construct(self, pred_betas, gt_betas, num_people):
        # pred_betas, gt_betas: (B, max_people, 10); num_people: (B,) int32
        valid = (self.slots.reshape(1, -1) < num_people.reshape(-1, 1)).astype(ms.float32)
        err = ((pred_betas - gt_betas) ** 2).mean(axis=-1)
        data = (err * valid).sum() / ops.clamp(valid.sum(), min=1.0)
        reg = self.beta_weight * ((pred_betas ** 2).sum(-1) * valid).sum()
        return data + reg


def make():
    np.random.seed(0)
    p = Tensor(np.random.randn(2, 6, 10).astype(np.float32))
    g = Tensor(np.random.randn(2, 6, 10).astype(np.float32))
    n = Tensor(np.array([2, 5], np.int32))
    return PaddedPeopleShapeLoss(), (p, g, n)
