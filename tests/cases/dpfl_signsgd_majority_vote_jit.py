# case: @ms.jit signSGD server step with majority vote over client gradient signs and optional error scaling -> static
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


SERVER_LR = 0.01
USE_WEIGHTED_VOTE = False


def _client_signs(client_grads):
    return ops.sign(client_grads)


def _vote(signs, weights):
    if USE_WEIGHTED_VOTE:
        signs = signs * weights.reshape(-1, 1)
    return ops.sign(signs.sum(axis=0))


@ms.jit
def signsgd_server_step(global_w, client_grads, client_weights):
    signs = _client_signs(client_grads)
    vote = _vote(signs, client_weights)
    agreement = (signs == vote.reshape(1, -1)).astype(ms.float32).mean(axis=0)
    new_w = global_w - SERVER_LR * vote
    return new_w, agreement


def make():
    np.random.seed(35)
    gw = Tensor(np.random.randn(6).astype(np.float32))
    grads = Tensor(np.random.randn(5, 6).astype(np.float32))
    weights = Tensor(np.ones(5, np.float32))
    return signsgd_server_step, (gw, grads, weights)
