# case: curriculum PINN anneals the PDE weight with a step counter that construct increments on self during training -> attribute of self written in construct, Graph mode may reject it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CurriculumConfig:
    warmup_steps = 100
    max_pde_weight = 1.0
    track_steps = True


class CurriculumLoss(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.warmup = config.warmup_steps
        self.max_w = config.max_pde_weight
        self.track_steps = config.track_steps
        self.global_step = 0

    def _pde_weight(self):
        return self.max_w * min(1.0, self.global_step / self.warmup)

    def _advance(self):
        if self.training and self.track_steps:
            self.global_step = self.global_step + 1

    def construct(self, residual, bc_misfit):
        self._advance()
        w = self._pde_weight()
        return w * (residual ** 2).mean() + (bc_misfit ** 2).mean()


def make():
    np.random.seed(11)
    loss = CurriculumLoss(CurriculumConfig())
    loss.set_train(True)
    r = Tensor(np.random.randn(128).astype(np.float32))
    b = Tensor(np.random.randn(16).astype(np.float32))
    return loss, (r, b)
