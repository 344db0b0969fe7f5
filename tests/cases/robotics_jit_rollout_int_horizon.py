# case: @ms.jit rollout function whose loop count comes from int() of a horizon tensor -> compile error at line 16
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


def double_integrator(state, u, dt):
    pos, vel = state[..., :2], state[..., 2:]
    vel = vel + dt * u
    return ops.concat((pos + dt * vel, vel), axis=-1)


@ms.jit
def rollout_cost(state, controls, horizon, dt=0.1):
    cost = ops.zeros((), ms.float32)
    for t in range(int(horizon)):
        state = double_integrator(state, controls[t], dt)
        cost = cost + (state[..., :2] ** 2).sum() + 0.1 * (controls[t] ** 2).sum()
    return cost, state


def make():
    np.random.seed(30)
    state = Tensor(np.array([1.0, -0.5, 0.0, 0.0], np.float32))
    controls = Tensor(np.random.randn(8, 2).astype(np.float32))
    return rollout_cost, (state, controls, Tensor(5, ms.int32))
