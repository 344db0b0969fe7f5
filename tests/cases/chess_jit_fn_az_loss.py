# case: jitted AlphaZero loss combining value MSE against game outcome and policy cross-entropy against MCTS visit distribution -> pure tensor math in ms.jit, compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def policy_ce(log_probs, visit_dist):
    return -(visit_dist * log_probs).sum(axis=-1).mean()


@ms.jit
def alphazero_loss(policy_logits, value, visit_counts, outcome):
    visit_dist = visit_counts / visit_counts.sum(axis=-1, keepdims=True)
    log_probs = ops.log_softmax(policy_logits, axis=-1)
    value_loss = ops.square(value.reshape(-1) - outcome).mean()
    return value_loss + policy_ce(log_probs, visit_dist)


def make():
    np.random.seed(36)
    b, n = 8, 64
    logits = Tensor(np.random.randn(b, n).astype(np.float32))
    value = Tensor(np.tanh(np.random.randn(b, 1)).astype(np.float32))
    visits = Tensor((np.random.randint(0, 50, (b, n)) + 1).astype(np.float32))
    outcome = Tensor(np.random.choice([-1.0, 0.0, 1.0], b).astype(np.float32))
    return alphazero_loss, (logits, value, visits, outcome)
