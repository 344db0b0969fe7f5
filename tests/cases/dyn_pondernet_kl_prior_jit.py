# case: @ms.jit PonderNet regulariser builds a truncated geometric prior whose length comes from the halting tensor shape and takes a KL divergence -> static
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


def geometric_prior(num_steps, lambda_p):
    steps = ops.arange(num_steps).astype(ms.float32)
    prior = lambda_p * ops.pow(1.0 - lambda_p, steps)
    return prior / prior.sum()


@ms.jit
def ponder_regularizer(halt_probs, lambda_p=0.2, beta=0.01):
    """halt_probs: [steps, batch] probability of halting at each step."""
    num_steps = halt_probs.shape[0]
    prior = geometric_prior(num_steps, lambda_p).expand_dims(1)
    p = halt_probs / (halt_probs.sum(axis=0, keepdims=True) + 1e-8)
    kl = (p * (ops.log(p + 1e-8) - ops.log(prior))).sum(axis=0)
    return beta * kl.mean()


def make():
    np.random.seed(39)
    probs = Tensor(np.random.rand(5, 3).astype(np.float32))
    return ponder_regularizer, (probs,)
