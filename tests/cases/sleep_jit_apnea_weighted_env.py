# case: jit function weights airflow envelopes by thresholded apnea probability and averages over flagged epochs -> static shapes
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def apnea_envelopes(apnea_prob, flow_env, threshold=0.5):
    w = (apnea_prob > threshold).astype(flow_env.dtype)
    per_epoch = flow_env.mean(axis=1)
    weighted = (per_epoch * w).sum() / ops.clamp(w.sum(), min=1.0)
    return weighted, per_epoch * w


def make():
    np.random.seed(38)
    prob = np.random.rand(10).astype(np.float32)
    env = np.abs(np.random.randn(10, 16)).astype(np.float32)
    return apnea_envelopes, (Tensor(prob), Tensor(env))
