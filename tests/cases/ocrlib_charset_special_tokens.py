# case: character dictionary kept as Python dicts built in __init__ (special-token table, charset size); construct only reads them with constant string keys to mask SOS/PAD logits -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

DEFAULT_CHARSET = "0123456789abcdefghijklmnopqrstuvwxyz"


class CharacterDict:
    def __init__(self, charset=DEFAULT_CHARSET, use_space_char=False):
        chars = list(charset) + ([" "] if use_space_char else [])
        self.specials = {"sos": 0, "eos": len(chars) + 1, "pad": len(chars) + 2}
        self.char2idx = {c: i + 1 for i, c in enumerate(chars)}
        self.num_classes = len(chars) + 3


class AttnLogitHead(nn.Cell):
    def __init__(self, hidden, char_dict, mask_special=True):
        super().__init__()
        self.specials = dict(char_dict.specials)
        self.mask_special = mask_special
        self.proj = nn.Dense(hidden, char_dict.num_classes)
        banned = np.zeros((char_dict.num_classes,), np.float32)
        for key in ("sos", "pad"):
            banned[char_dict.specials[key]] = -1e4
        self.banned = Tensor(banned)

    def construct(self, hidden_states):
        logits = self.proj(hidden_states)
        if self.mask_special:
            logits = logits + self.banned
        eos_logit = logits[..., self.specials["eos"]]
        return logits, eos_logit


def make():
    np.random.seed(21)
    head = AttnLogitHead(64, CharacterDict())
    h = Tensor(np.random.randn(2, 25, 64).astype(np.float32))
    return head, (h,)
