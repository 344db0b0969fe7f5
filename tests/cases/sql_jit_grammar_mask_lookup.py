# case: @ms.jit function builds the valid-action mask for each parser state by gathering rows of a fixed grammar table and masks the logits -> static shapes
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

NUM_STATES, NUM_ACTIONS = 6, 9


@ms.jit
def constrained_log_probs(logits, parser_state, grammar_table):
    allowed = ops.gather(grammar_table, parser_state, 0)        # (B, A)
    masked = logits + (1.0 - allowed) * -1e9
    logp = ops.log_softmax(masked, axis=-1)
    best = ops.argmax(logp, dim=-1)
    return logp, best


def make():
    np.random.seed(35)
    table = (np.random.rand(NUM_STATES, NUM_ACTIONS) > 0.5).astype(np.float32)
    table[:, -1] = 1.0
    logits = Tensor(np.random.randn(4, NUM_ACTIONS).astype(np.float32))
    state = Tensor(np.array([0, 2, 5, 3], dtype=np.int32))
    return constrained_log_probs, (logits, state, Tensor(table))
