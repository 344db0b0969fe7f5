# case: jit function gathers airflow envelopes of epochs whose apnea probability exceeds 0.5 using nonzero indices and ops.gather -> dynamic shape (nonzero + gather)
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def apnea_envelopes(apnea_prob, flow_env):
    idx = ops.nonzero(apnea_prob > 0.5).reshape(-1)
    picked = ops.gather(flow_env, idx, 0)
    return picked.mean(axis=1), idx


def make():
    np.random.seed(37)
    prob = np.random.rand(10).astype(np.float32)
    env = np.abs(np.random.randn(10, 16)).astype(np.float32)
    return apnea_envelopes, (Tensor(prob), Tensor(env))
