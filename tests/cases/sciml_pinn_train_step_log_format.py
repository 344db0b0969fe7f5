# case: PINN train step (forward + grads + optimizer) that logs component losses with str.format inside construct -> compile error at line 45 (STRICT)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DiffusionPINN(nn.Cell):
    def __init__(self, hidden=16, nu=0.05):
        super().__init__()
        self.nu = nu
        self.net = nn.SequentialCell([nn.Dense(2, hidden), nn.Tanh(), nn.Dense(hidden, 1)])
        self.grad = ops.GradOperation()

    def u_total(self, xt):
        return self.net(xt).sum()

    def du_total(self, xt):
        return self.grad(self.u_total)(xt)[:, 0].sum()

    def construct(self, xt, bnd, bnd_u):
        d1 = self.grad(self.u_total)(xt)
        u_xx = self.grad(self.du_total)(xt)[:, 0]
        pde = ops.square(d1[:, 1] - self.nu * u_xx).mean()
        bc = ops.square(self.net(bnd).squeeze(-1) - bnd_u).mean()
        return pde, bc


class PINNTrainStep(nn.Cell):
    def __init__(self, model, lr=1e-3, bc_weight=5.0, verbose=True):
        super().__init__()
        self.model = model
        self.bc_weight = bc_weight
        self.verbose = verbose
        self.weights = model.net.trainable_params()
        self.opt = nn.Adam(self.weights, learning_rate=lr)
        self.grad_fn = ops.value_and_grad(self.loss_fn, None, self.weights, has_aux=True)

    def loss_fn(self, xt, bnd, bnd_u):
        pde, bc = self.model(xt, bnd, bnd_u)
        return pde + self.bc_weight * bc, (pde, bc)

    def construct(self, xt, bnd, bnd_u):
        (loss, (pde, bc)), grads = self.grad_fn(xt, bnd, bnd_u)
        if self.verbose:
            print("loss {} | pde {} | bc {}".format(loss, pde, bc))
        self.opt(grads)
        return loss


def make():
    np.random.seed(27)
    xt = Tensor(np.random.rand(24, 2).astype(np.float32))
    t = np.random.rand(6, 1).astype(np.float32)
    bnd = Tensor(np.concatenate([np.zeros_like(t), t], 1))
    return PINNTrainStep(DiffusionPINN()), (xt, bnd, Tensor(np.zeros(6, np.float32)))
